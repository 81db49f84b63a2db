// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.43428] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.43428, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.138235523653) q[0];
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
ry(pi*0.012396447091) q[0];
ry(pi*0.118185874739) q[1];
ry(pi*0.210615618383) q[2];
ry(pi*0.029843396929) q[3];
ry(pi*-0.495420485912) q[4];
ry(pi*0.492981007959) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.1423252716) q[0];
ry(pi*0.339087739039) q[1];
ry(pi*-0.89365853591) q[2];
ry(pi*-0.030735182476) q[3];
ry(pi*-0.020722227131) q[4];
ry(pi*-0.505965652917) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.148969319142) q[0];
ry(pi*0.001841267515) q[1];
ry(pi*-0.004172516911) q[2];
ry(pi*0.002785039279) q[3];
ry(pi*-0.493781088729) q[4];
ry(pi*0.004641443785) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.004858489944) q[0];
ry(pi*-0.082468178357) q[1];
ry(pi*-0.001203488818) q[2];
ry(pi*-0.495075902868) q[3];
ry(pi*-0.494847584822) q[4];
ry(pi*-0.006422304739) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.002571862079) q[0];
ry(pi*-0.193414261277) q[1];
ry(pi*0.132773195127) q[2];
ry(pi*-0.008350269114) q[3];
ry(pi*0.02838050559) q[4];
ry(pi*-0.003541920289) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
