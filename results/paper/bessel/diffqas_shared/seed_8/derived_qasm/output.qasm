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
ry(pi*-0.026303643375) q[0];
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
rz(pi*-0.259631958697) q[0];
rz(pi*-0.122505514043) q[1];
rz(pi*-0.008788694332) q[2];
rz(pi*-0.006373840041) q[3];
rz(pi*-0.058963903713) q[4];
rz(pi*0.259563846533) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.090661047185) q[0];
rz(pi*-0.080594429795) q[1];
rz(pi*-0.016324354888) q[2];
rz(pi*0.267418260515) q[3];
rz(pi*-0.167025028563) q[4];
rz(pi*-0.475146245671) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.159643244699) q[0];
rz(pi*-0.059195892985) q[1];
rz(pi*-0.081188675226) q[2];
rz(pi*-0.048401343441) q[3];
rz(pi*-0.105557471578) q[4];
rz(pi*0.108172779471) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.086744142396) q[0];
rz(pi*0.023701882927) q[1];
rz(pi*0.014792834377) q[2];
rz(pi*-0.059669865425) q[3];
rz(pi*-0.452918267764) q[4];
rz(pi*0.210336624128) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.137604557896) q[0];
rz(pi*-0.038072833357) q[1];
rz(pi*0.009892669903) q[2];
rz(pi*-0.040097669024) q[3];
rz(pi*0.017093552768) q[4];
rz(pi*-0.000269830121) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
