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
rx(pi*0.012408709415) q[0];
rx(pi*-0.098985178968) q[1];
rx(pi*-0.000873763363) q[2];
rx(pi*-0.002879706472) q[3];
rx(pi*-0.000353312286) q[4];
rx(pi*0.001391776293) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.241349648264) q[0];
rx(pi*-0.100809645818) q[1];
rx(pi*0.00266956669) q[2];
rx(pi*-0.005605642974) q[3];
rx(pi*0.002349535419) q[4];
rx(pi*-0.000376282169) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.003707422235) q[0];
rx(pi*-0.097956808611) q[1];
rx(pi*-0.002300304993) q[2];
rx(pi*-0.001959626778) q[3];
rx(pi*-0.000836621319) q[4];
rx(pi*-0.000269347224) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.23709857647) q[0];
rx(pi*-0.10181785763) q[1];
rx(pi*-0.002154528627) q[2];
rx(pi*0.004386416854) q[3];
rx(pi*-0.001939964193) q[4];
rx(pi*-0.000351864799) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.00592976213) q[0];
rx(pi*-0.10042944144) q[1];
rx(pi*0.003008968098) q[2];
rx(pi*-0.00660065924) q[3];
rx(pi*0.001937020897) q[4];
rx(pi*-0.000206587135) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
