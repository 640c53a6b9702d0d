// Export: a chart's data (CSV, JSON) and picture (SVG, PNG), each with the methods stamp; the link to a view.
export { methodsStamp, stampLine, selectionLine, describeGroup, type MethodsStamp, type StampSelection } from './stamp';
export { toCsv, toJson, toMethodsJson } from './data';
export { composePicture, toSvgText, toPngBlob, type PictureOptions, type PictureLegend, type SizeKey } from './picture';
export { download, slug } from './download';
export { viewLink } from './link';
export { exporter, type Exporter } from './exporter';
