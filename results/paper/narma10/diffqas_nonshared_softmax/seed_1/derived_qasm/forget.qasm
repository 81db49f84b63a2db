// DiffQAS-QLSTM derived circuit, forget gate
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
rx(pi*0.099448607303) q[0];
rx(pi*0.003061296419) q[1];
rx(pi*-0.002344152495) q[2];
rx(pi*-0.000202006754) q[3];
rx(pi*0.00015280361) q[4];
rx(pi*0.0037868051) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.099184260009) q[0];
rx(pi*-0.004056538876) q[1];
rx(pi*0.001446891977) q[2];
rx(pi*0.002353949399) q[3];
rx(pi*0.006789860223) q[4];
rx(pi*-0.005344900502) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.09032646278) q[0];
rx(pi*0.004099582111) q[1];
rx(pi*-0.004285469978) q[2];
rx(pi*-0.003856325398) q[3];
rx(pi*0.001674698351) q[4];
rx(pi*0.003241677446) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.096204352824) q[0];
rx(pi*0.001582762642) q[1];
rx(pi*0.00036133698) q[2];
rx(pi*0.004816674601) q[3];
rx(pi*2.4748713e-05) q[4];
rx(pi*0.003152042774) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.091357935181) q[0];
rx(pi*-0.000724446949) q[1];
rx(pi*-0.000309218972) q[2];
rx(pi*0.00358696426) q[3];
rx(pi*0.001873752268) q[4];
rx(pi*-0.002392903267) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
