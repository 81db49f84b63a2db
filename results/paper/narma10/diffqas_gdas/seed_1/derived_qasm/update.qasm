// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [0.095378] (the last step of the first test window) and h = 0; encoding angles (identity) = [0.095378, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


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
rz(pi*0.001582462339) q[0];
rz(pi*-0.002539031814) q[1];
rz(pi*0.001656188361) q[2];
rz(pi*-0.004567543154) q[3];
rz(pi*0.00073107496) q[4];
rz(pi*-0.000277503523) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.006960056442) q[0];
rz(pi*-0.000168601007) q[1];
rz(pi*-0.001048215703) q[2];
rz(pi*-0.001677841009) q[3];
rz(pi*-0.003702694463) q[4];
rz(pi*0.002506821425) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.004652519127) q[0];
rz(pi*-0.001105336272) q[1];
rz(pi*0.002311055278) q[2];
rz(pi*-0.001056844004) q[3];
rz(pi*0.001332277756) q[4];
rz(pi*0.001509905512) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.004472329606) q[0];
rz(pi*-0.002388718442) q[1];
rz(pi*0.003012533492) q[2];
rz(pi*-0.005982121578) q[3];
rz(pi*6.9372106e-05) q[4];
rz(pi*-0.001043728351) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.00289663876) q[0];
rz(pi*0.000199317645) q[1];
rz(pi*0.001015127601) q[2];
rz(pi*0.001746523245) q[3];
rz(pi*-0.008299415628) q[4];
rz(pi*0.00535940161) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
