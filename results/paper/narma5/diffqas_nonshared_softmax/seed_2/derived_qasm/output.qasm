// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [0.095378] (the last step of the first test window) and h = 0; encoding angles (identity) = [0.095378, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*0.030359911972) q[0];
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
ry(pi*0.088042238821) q[0];
ry(pi*0.031512844573) q[1];
ry(pi*0.053266724346) q[2];
ry(pi*0.046437004752) q[3];
ry(pi*-0.052679679073) q[4];
ry(pi*-0.00085566766) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.072071079419) q[0];
ry(pi*-0.022125397004) q[1];
ry(pi*-0.029424931635) q[2];
ry(pi*-0.003751544842) q[3];
ry(pi*-0.001815208594) q[4];
ry(pi*0.002700819252) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.081212154001) q[0];
ry(pi*0.039498516766) q[1];
ry(pi*0.00637454144) q[2];
ry(pi*-0.034374810043) q[3];
ry(pi*0.001493973147) q[4];
ry(pi*-0.003471103618) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.076147919727) q[0];
ry(pi*-0.020955425916) q[1];
ry(pi*-0.028386693077) q[2];
ry(pi*-0.020330077037) q[3];
ry(pi*-0.005903232893) q[4];
ry(pi*-0.001042684332) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.086911055144) q[0];
ry(pi*0.049429078211) q[1];
ry(pi*0.053531465324) q[2];
ry(pi*0.043890221681) q[3];
ry(pi*0.017553560079) q[4];
ry(pi*-0.005564505906) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
