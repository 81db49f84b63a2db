// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.082635] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.082635, 0.0, 0.0, 0.0, 0.0, 0.0]
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
rz(pi*-0.026303643375) q[0];
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
rx(pi*-0.146262040855) q[0];
rx(pi*-0.130102619621) q[1];
rx(pi*-0.048944248616) q[2];
rx(pi*-0.085627681572) q[3];
rx(pi*0.021116049198) q[4];
rx(pi*-0.003084389513) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.253179516934) q[0];
rx(pi*-0.153014925565) q[1];
rx(pi*0.154922976855) q[2];
rx(pi*-0.061455585181) q[3];
rx(pi*0.025975766738) q[4];
rx(pi*-0.001255686849) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.246213406999) q[0];
rx(pi*-0.000396088199) q[1];
rx(pi*-0.036861788642) q[2];
rx(pi*-0.066690782884) q[3];
rx(pi*0.026722733301) q[4];
rx(pi*0.002288657801) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.253435971564) q[0];
rx(pi*-0.081907694931) q[1];
rx(pi*0.10779268893) q[2];
rx(pi*-0.050030898511) q[3];
rx(pi*0.022057232665) q[4];
rx(pi*0.00039010956) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.093745143214) q[0];
rx(pi*-0.116643779293) q[1];
rx(pi*-0.05506180241) q[2];
rx(pi*-0.08639564148) q[3];
rx(pi*0.020523734245) q[4];
rx(pi*0.001169655962) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
