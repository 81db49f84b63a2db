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
ry(pi*0.3978593919) q[0];
ry(pi*0.107289285015) q[1];
ry(pi*0.021307749841) q[2];
ry(pi*-0.014308956977) q[3];
ry(pi*-0.010246965215) q[4];
ry(pi*-0.003102657009) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.097743953354) q[0];
ry(pi*-0.01099780459) q[1];
ry(pi*0.019376290923) q[2];
ry(pi*-0.001667867866) q[3];
ry(pi*-0.001813421747) q[4];
ry(pi*-0.006227596323) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.062805965755) q[0];
ry(pi*0.160008716738) q[1];
ry(pi*0.004312817415) q[2];
ry(pi*-0.002350633319) q[3];
ry(pi*0.069312645861) q[4];
ry(pi*-0.000402435769) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.047556724146) q[0];
ry(pi*-0.260656904473) q[1];
ry(pi*-0.456062507402) q[2];
ry(pi*-0.421595968867) q[3];
ry(pi*0.231640762032) q[4];
ry(pi*-0.000537109334) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.014997818314) q[0];
ry(pi*0.005457521546) q[1];
ry(pi*0.012373951341) q[2];
ry(pi*-0.077209345354) q[3];
ry(pi*0.267994785399) q[4];
ry(pi*-0.000551075722) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
