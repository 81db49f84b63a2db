// DiffQAS-QLSTM derived circuit, output gate
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
rz(pi*-0.026303643375) q[0];
rz(0) q[1];
rz(0) q[2];
rz(0) q[3];
rz(0) q[4];
rz(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.088917119649) q[0];
rx(pi*-0.07384528746) q[1];
rx(pi*0.071633197888) q[2];
rx(pi*-0.040170434254) q[3];
rx(pi*-0.044954958052) q[4];
rx(pi*0.050884681644) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.177087509894) q[0];
rx(pi*0.037568331394) q[1];
rx(pi*-0.237405859092) q[2];
rx(pi*-0.134253885275) q[3];
rx(pi*-0.042989281784) q[4];
rx(pi*-0.082877154907) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.006656433189) q[0];
rx(pi*0.004884637651) q[1];
rx(pi*-0.128957348679) q[2];
rx(pi*-0.171901480066) q[3];
rx(pi*0.021863523282) q[4];
rx(pi*-0.052135469522) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.139785019897) q[0];
rx(pi*-0.056193356055) q[1];
rx(pi*-0.20594929006) q[2];
rx(pi*-0.162837610338) q[3];
rx(pi*0.058534170977) q[4];
rx(pi*-0.007626966903) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.084122469147) q[0];
rx(pi*-0.450902868667) q[1];
rx(pi*0.112551775016) q[2];
rx(pi*-0.040679387698) q[3];
rx(pi*0.104763205955) q[4];
rx(pi*0.002585761099) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
