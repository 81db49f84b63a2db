// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.199125] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.199125, 0.0, 0.0, 0.0, 0.0, 0.0]
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
rz(pi*-0.063383369021) q[0];
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
rx(pi*0.105929375379) q[0];
rx(pi*-0.062180690396) q[1];
rx(pi*-0.000698643197) q[2];
rx(pi*0.001719701264) q[3];
rx(pi*0.000683890255) q[4];
rx(pi*0.001131402011) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.073762632685) q[0];
rx(pi*-0.062192036099) q[1];
rx(pi*0.00230329913) q[2];
rx(pi*0.004754835894) q[3];
rx(pi*-0.004008575473) q[4];
rx(pi*0.004818382148) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.113810076102) q[0];
rx(pi*-0.059027614199) q[1];
rx(pi*0.000652261499) q[2];
rx(pi*-0.000999410977) q[3];
rx(pi*0.004641841027) q[4];
rx(pi*0.006240089285) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.079774911445) q[0];
rx(pi*-0.057592221486) q[1];
rx(pi*0.000946727289) q[2];
rx(pi*-0.003846133475) q[3];
rx(pi*-1.3253022e-05) q[4];
rx(pi*0.002090634638) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.105042029455) q[0];
rx(pi*-0.060256147044) q[1];
rx(pi*0.001177239132) q[2];
rx(pi*0.002215823053) q[3];
rx(pi*-0.003769032675) q[4];
rx(pi*-0.002106274704) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
