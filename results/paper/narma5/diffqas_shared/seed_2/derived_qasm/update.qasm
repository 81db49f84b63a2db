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
rz(pi*0.030359911972) q[0];
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
rx(pi*0.074753285219) q[0];
rx(pi*0.102320578526) q[1];
rx(pi*0.038750196023) q[2];
rx(pi*0.031360106839) q[3];
rx(pi*0.019256358256) q[4];
rx(pi*-0.038207528007) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.144069493213) q[0];
rx(pi*0.015634594716) q[1];
rx(pi*0.005348883) q[2];
rx(pi*0.014814155002) q[3];
rx(pi*-0.001259279665) q[4];
rx(pi*-0.003456568419) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.067212519216) q[0];
rx(pi*0.115767541914) q[1];
rx(pi*-0.044531367744) q[2];
rx(pi*-0.040763503374) q[3];
rx(pi*-0.01720792642) q[4];
rx(pi*0.037200433215) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.152948758107) q[0];
rx(pi*0.065046101791) q[1];
rx(pi*0.024065289308) q[2];
rx(pi*-0.004351861848) q[3];
rx(pi*-0.006375174063) q[4];
rx(pi*-0.007434503793) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.062837925348) q[0];
rx(pi*0.104245477616) q[1];
rx(pi*0.034201572256) q[2];
rx(pi*0.030935641413) q[3];
rx(pi*0.016689001612) q[4];
rx(pi*-0.00266131977) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
