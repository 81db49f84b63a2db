// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.995623] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.995623, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


h q[0];
h q[1];
h q[2];
h q[3];
h q[4];
h q[5];
ry(pi*-0.316916735344) q[0];
ry(0) q[1];
ry(0) q[2];
ry(0) q[3];
ry(0) q[4];
ry(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.238975076081) q[0];
ry(pi*0.235202705684) q[1];
ry(pi*0.365730789172) q[2];
ry(pi*-0.029649943679) q[3];
ry(pi*0.491141144724) q[4];
ry(pi*0.003692428428) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.099417150487) q[0];
ry(pi*0.079948274927) q[1];
ry(pi*0.399549294537) q[2];
ry(pi*0.369944446707) q[3];
ry(pi*0.128734039439) q[4];
ry(pi*0.003671091202) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.376257324939) q[0];
ry(pi*0.488580772422) q[1];
ry(pi*-0.503392341202) q[2];
ry(pi*0.241053161136) q[3];
ry(pi*-0.244123634732) q[4];
ry(pi*3.2181393e-05) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.266418282875) q[0];
ry(pi*-0.502445904656) q[1];
ry(pi*0.501721107748) q[2];
ry(pi*0.004476352421) q[3];
ry(pi*-0.002511935766) q[4];
ry(pi*-0.529394302189) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.006485153745) q[0];
ry(pi*0.508101756634) q[1];
ry(pi*0.077416072413) q[2];
ry(pi*-2.9820805e-05) q[3];
ry(pi*0.00344348078) q[4];
ry(pi*-0.00211965479) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
