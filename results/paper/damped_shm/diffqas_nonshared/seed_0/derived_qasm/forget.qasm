// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.428813] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.428813, 0.0, 0.0, 0.0, 0.0, 0.0]
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
rz(pi*-0.136495314956) q[0];
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
rx(pi*-0.087233478018) q[0];
rx(pi*-0.005088713861) q[1];
rx(pi*-0.00692999946) q[2];
rx(pi*-0.020217820032) q[3];
rx(pi*-0.002531674835) q[4];
rx(pi*-0.005071266641) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.094254096657) q[0];
rx(pi*-0.028436358988) q[1];
rx(pi*-0.01183312131) q[2];
rx(pi*-0.022572670044) q[3];
rx(pi*-0.001102069921) q[4];
rx(pi*-0.002172047736) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.11349902739) q[0];
rx(pi*-0.021463380919) q[1];
rx(pi*-0.001859081739) q[2];
rx(pi*-0.021341677857) q[3];
rx(pi*0.001681953204) q[4];
rx(pi*0.001494497862) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.098485787789) q[0];
rx(pi*-0.004358795794) q[1];
rx(pi*-0.007988513362) q[2];
rx(pi*-0.019215960533) q[3];
rx(pi*-0.004826595273) q[4];
rx(pi*-0.007710503319) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.106524550474) q[0];
rx(pi*-0.004642715849) q[1];
rx(pi*-0.000689951159) q[2];
rx(pi*-0.02464338893) q[3];
rx(pi*0.000564990565) q[4];
rx(pi*0.003109461703) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
