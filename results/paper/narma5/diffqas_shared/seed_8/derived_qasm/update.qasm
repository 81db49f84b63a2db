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
ry(pi*-0.007550207317) q[0];
ry(pi*-0.030118468569) q[1];
ry(pi*0.112411500006) q[2];
ry(pi*-0.002417646842) q[3];
ry(pi*-0.500084214968) q[4];
ry(pi*-0.147612046717) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.026709561471) q[0];
ry(pi*0.497552377679) q[1];
ry(pi*0.045882554659) q[2];
ry(pi*0.288706651038) q[3];
ry(pi*0.285926669182) q[4];
ry(pi*-0.18789818153) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.003813270305) q[0];
ry(pi*0.002728096134) q[1];
ry(pi*0.000417333304) q[2];
ry(pi*0.003281288689) q[3];
ry(pi*-0.000193113223) q[4];
ry(pi*0.089548456801) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.006893884241) q[0];
ry(pi*-0.000931242784) q[1];
ry(pi*-0.017780519202) q[2];
ry(pi*-0.02238086268) q[3];
ry(pi*0.073239990404) q[4];
ry(pi*0.067334362202) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.003393171575) q[0];
ry(pi*0.018046499338) q[1];
ry(pi*0.047946135049) q[2];
ry(pi*0.002271493245) q[3];
ry(pi*0.004200676619) q[4];
ry(pi*-0.001548644602) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
