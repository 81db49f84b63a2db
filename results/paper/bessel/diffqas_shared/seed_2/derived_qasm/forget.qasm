// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.082635] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.082635, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.026303643375) q[0];
ry(0) q[1];
ry(0) q[2];
ry(0) q[3];
ry(0) q[4];
ry(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.251339767535) q[0];
ry(pi*-0.233340663307) q[1];
ry(pi*-0.09588603755) q[2];
ry(pi*0.069566543914) q[3];
ry(pi*-0.235562410008) q[4];
ry(pi*-0.078058176599) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.149359256539) q[0];
ry(pi*0.304579081004) q[1];
ry(pi*-0.03211687757) q[2];
ry(pi*0.28749256594) q[3];
ry(pi*-0.040123215828) q[4];
ry(pi*0.147139473518) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.054188771425) q[0];
ry(pi*-0.068631685487) q[1];
ry(pi*0.424123518315) q[2];
ry(pi*0.067860585589) q[3];
ry(pi*0.326059494707) q[4];
ry(pi*-0.116677209275) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.215742699883) q[0];
ry(pi*0.134448963067) q[1];
ry(pi*-0.058697825156) q[2];
ry(pi*-0.052390235578) q[3];
ry(pi*0.004998454572) q[4];
ry(pi*-0.062706866351) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.049624113314) q[0];
ry(pi*-0.353649816186) q[1];
ry(pi*-0.020681442838) q[2];
ry(pi*-0.149252041542) q[3];
ry(pi*-0.122426947895) q[4];
ry(pi*-0.004790093781) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
