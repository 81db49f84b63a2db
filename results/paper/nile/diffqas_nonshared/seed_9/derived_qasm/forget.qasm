// DiffQAS-QLSTM derived circuit, forget gate
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
rx(pi*0.173213635297) q[0];
rx(pi*0.078614746896) q[1];
rx(pi*-0.001554152331) q[2];
rx(pi*-0.011296389393) q[3];
rx(pi*-0.001024596929) q[4];
rx(pi*0.000924706376) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.029276548147) q[0];
rx(pi*0.094172608706) q[1];
rx(pi*-0.005025525718) q[2];
rx(pi*-0.00740578854) q[3];
rx(pi*-0.003129237532) q[4];
rx(pi*0.003032326219) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.120619869568) q[0];
rx(pi*0.078617113746) q[1];
rx(pi*-0.005200168082) q[2];
rx(pi*-0.005582997813) q[3];
rx(pi*-0.003841503828) q[4];
rx(pi*-0.000235327902) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.013745902743) q[0];
rx(pi*0.096126166131) q[1];
rx(pi*-0.002927567006) q[2];
rx(pi*-0.002836187435) q[3];
rx(pi*-0.000900492333) q[4];
rx(pi*0.000719397456) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.146837247133) q[0];
rx(pi*0.080773788665) q[1];
rx(pi*-0.000440286215) q[2];
rx(pi*-0.00058938774) q[3];
rx(pi*0.003444635746) q[4];
rx(pi*-0.003160950479) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
