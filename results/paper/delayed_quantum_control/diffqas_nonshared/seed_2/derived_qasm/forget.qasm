// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.995623] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.995623, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rx(pi*-0.316916735344) q[0];
rx(0) q[1];
rx(0) q[2];
rx(0) q[3];
rx(0) q[4];
rx(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.002056890272) q[0];
rz(pi*0.001552663415) q[1];
rz(pi*-0.000656626565) q[2];
rz(pi*0.000600378519) q[3];
rz(pi*0.008345108527) q[4];
rz(pi*-0.00358700517) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.000999357913) q[0];
rz(pi*-0.000758020931) q[1];
rz(pi*-0.002195418307) q[2];
rz(pi*-0.004271511372) q[3];
rz(pi*0.005071444511) q[4];
rz(pi*0.000700516904) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.005596026162) q[0];
rz(pi*-0.002237171396) q[1];
rz(pi*0.001290318784) q[2];
rz(pi*0.001284002489) q[3];
rz(pi*-0.00458484215) q[4];
rz(pi*-0.000291029313) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.000830393514) q[0];
rz(pi*0.001249482316) q[1];
rz(pi*0.001255949355) q[2];
rz(pi*-0.005802979708) q[3];
rz(pi*0.005878980978) q[4];
rz(pi*0.000671987672) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.005748495313) q[0];
rz(pi*0.009113407573) q[1];
rz(pi*-0.000511176145) q[2];
rz(pi*-0.003927300965) q[3];
rz(pi*0.002750486941) q[4];
rz(pi*-0.000575611265) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
