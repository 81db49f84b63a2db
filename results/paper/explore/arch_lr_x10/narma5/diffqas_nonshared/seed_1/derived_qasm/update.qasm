// DiffQAS-QLSTM derived circuit, update gate
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
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.002689553294) q[0];
ry(pi*0.003607280219) q[1];
ry(pi*-0.006049724442) q[2];
ry(pi*0.001062822273) q[3];
ry(pi*-0.001381980278) q[4];
ry(pi*-0.003918016177) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.002592569054) q[0];
ry(pi*-0.009113238004) q[1];
ry(pi*-0.003978468391) q[2];
ry(pi*-0.499191319516) q[3];
ry(pi*-6.5785617e-05) q[4];
ry(pi*-0.000788263417) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.088567300127) q[0];
ry(pi*-0.013824100109) q[1];
ry(pi*0.149034243885) q[2];
ry(pi*-0.017480264798) q[3];
ry(pi*-0.001543079954) q[4];
ry(pi*-0.008537917297) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*6.692785e-05) q[0];
ry(pi*0.125049607727) q[1];
ry(pi*0.002450877313) q[2];
ry(pi*0.121232215) q[3];
ry(pi*-0.500914424462) q[4];
ry(pi*-0.006036258534) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.000171751614) q[0];
ry(pi*0.002930537724) q[1];
ry(pi*0.015716977944) q[2];
ry(pi*-0.011762952974) q[3];
ry(pi*0.001703616525) q[4];
ry(pi*-0.004626004712) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
