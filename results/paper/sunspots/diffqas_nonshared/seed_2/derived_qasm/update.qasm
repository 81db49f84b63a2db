// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.43428] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.43428, 0.0, 0.0, 0.0, 0.0, 0.0]
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
rz(pi*-0.138235523653) q[0];
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
rx(pi*0.193163460525) q[0];
rx(pi*-0.275363686767) q[1];
rx(pi*-0.131324360222) q[2];
rx(pi*-0.045358788243) q[3];
rx(pi*0.065435441547) q[4];
rx(pi*-0.000748637277) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.064206941904) q[0];
rx(pi*-0.326292176485) q[1];
rx(pi*-0.076590250367) q[2];
rx(pi*-0.016494508418) q[3];
rx(pi*0.053344204305) q[4];
rx(pi*-0.002315929051) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.005518439482) q[0];
rx(pi*-0.351709587116) q[1];
rx(pi*-0.096134637463) q[2];
rx(pi*-0.037658399771) q[3];
rx(pi*0.048372628187) q[4];
rx(pi*0.001498110243) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.208405919377) q[0];
rx(pi*-0.262675680719) q[1];
rx(pi*-0.066877057321) q[2];
rx(pi*-0.007515605768) q[3];
rx(pi*0.056374052505) q[4];
rx(pi*-0.00393277401) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.021178678238) q[0];
rx(pi*-0.279706738441) q[1];
rx(pi*-0.127113017362) q[2];
rx(pi*-0.045206119286) q[3];
rx(pi*0.046783855039) q[4];
rx(pi*0.000254057487) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
