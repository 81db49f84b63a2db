// DiffQAS-QLSTM derived circuit, update gate
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
rx(pi*-0.11694377638) q[0];
rx(pi*0.118497900548) q[1];
rx(pi*-0.014506013863) q[2];
rx(pi*0.099359862276) q[3];
rx(pi*-0.010179385473) q[4];
rx(pi*-0.000753338887) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.041747154965) q[0];
rx(pi*0.220650551284) q[1];
rx(pi*-0.214420128614) q[2];
rx(pi*0.092125961494) q[3];
rx(pi*-0.007936171109) q[4];
rx(pi*-0.001847643396) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.092209621825) q[0];
rx(pi*-0.127048528993) q[1];
rx(pi*-0.021178154116) q[2];
rx(pi*0.086941800482) q[3];
rx(pi*-0.012907597816) q[4];
rx(pi*0.001463059278) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.230283641389) q[0];
rx(pi*0.197301208097) q[1];
rx(pi*-0.206788302909) q[2];
rx(pi*0.084186758303) q[3];
rx(pi*-0.012357347815) q[4];
rx(pi*-0.000686590833) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.006175515538) q[0];
rx(pi*0.0902860698) q[1];
rx(pi*-0.010593868863) q[2];
rx(pi*0.097515066126) q[3];
rx(pi*-0.005230806105) q[4];
rx(pi*-0.001111131854) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
