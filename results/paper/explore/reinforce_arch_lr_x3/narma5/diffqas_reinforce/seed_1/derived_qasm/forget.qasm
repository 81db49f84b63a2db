// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [0.095378] (the last step of the first test window) and h = 0; encoding angles (identity) = [0.095378, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rx(pi*0.030359911972) q[0];
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
rz(pi*-0.002720440038) q[0];
rz(pi*0.002244532971) q[1];
rz(pi*0.006035081631) q[2];
rz(pi*0.001230260032) q[3];
rz(pi*0.000989022657) q[4];
rz(pi*0.005922959214) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-7.2168701e-05) q[0];
rz(pi*-0.000983903498) q[1];
rz(pi*-0.004498510516) q[2];
rz(pi*-0.001632981133) q[3];
rz(pi*0.006935058068) q[4];
rz(pi*-0.00452554342) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*3.562286e-05) q[0];
rz(pi*-0.004482845548) q[1];
rz(pi*0.000408950054) q[2];
rz(pi*0.002825468722) q[3];
rz(pi*-0.000775562348) q[4];
rz(pi*0.002324767683) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.002294517415) q[0];
rz(pi*0.001422924505) q[1];
rz(pi*0.005462986884) q[2];
rz(pi*0.002479117211) q[3];
rz(pi*-0.000970716772) q[4];
rz(pi*-0.002167128162) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.002690693734) q[0];
rz(pi*0.001514733187) q[1];
rz(pi*-0.00103043809) q[2];
rz(pi*0.008687208512) q[3];
rz(pi*0.00586469272) q[4];
rz(pi*-0.00068285083) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
