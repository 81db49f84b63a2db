// DiffQAS-QLSTM derived circuit, input gate
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
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.016618976758) q[0];
rx(pi*-0.054071562533) q[1];
rx(pi*-0.061458952844) q[2];
rx(pi*0.022029767241) q[3];
rx(pi*-0.029627923434) q[4];
rx(pi*-0.03446967141) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.034713068047) q[0];
rx(pi*0.023570439731) q[1];
rx(pi*-0.058916604653) q[2];
rx(pi*-0.046570468545) q[3];
rx(pi*0.021417986248) q[4];
rx(pi*0.001217628332) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.068729869456) q[0];
rx(pi*0.076884204633) q[1];
rx(pi*0.021826580971) q[2];
rx(pi*-0.111835364063) q[3];
rx(pi*-0.00773913023) q[4];
rx(pi*-0.244052392064) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.000675993145) q[0];
rx(pi*-0.013871362409) q[1];
rx(pi*-0.040097759144) q[2];
rx(pi*-0.032974272639) q[3];
rx(pi*-0.037314447571) q[4];
rx(pi*-0.030234380199) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.024289193818) q[0];
rx(pi*-0.005320637915) q[1];
rx(pi*-0.016583756223) q[2];
rx(pi*-0.004184957697) q[3];
rx(pi*0.01780868306) q[4];
rx(pi*-0.003860488138) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
