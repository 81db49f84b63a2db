// DiffQAS-QLSTM derived circuit, input gate
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
ry(pi*-0.026303643375) q[0];
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
rx(pi*0.014385436123) q[0];
rx(pi*0.012711162286) q[1];
rx(pi*0.166321746752) q[2];
rx(pi*-0.002984742567) q[3];
rx(pi*-0.00796941492) q[4];
rx(pi*-0.001777528421) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.003248871971) q[0];
rx(pi*0.008747476038) q[1];
rx(pi*0.13084065002) q[2];
rx(pi*0.008605333991) q[3];
rx(pi*-0.012098152808) q[4];
rx(pi*-0.002147725118) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.014727109221) q[0];
rx(pi*0.005673124294) q[1];
rx(pi*0.164671990448) q[2];
rx(pi*-0.004512002807) q[3];
rx(pi*-0.00950197241) q[4];
rx(pi*-0.002912913523) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.001285278851) q[0];
rx(pi*0.007896770048) q[1];
rx(pi*0.142452796923) q[2];
rx(pi*0.007039313317) q[3];
rx(pi*-0.006849321407) q[4];
rx(pi*0.005987244812) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.017417649987) q[0];
rx(pi*0.007138681897) q[1];
rx(pi*0.169129428819) q[2];
rx(pi*-0.006520239099) q[3];
rx(pi*-0.013791865411) q[4];
rx(pi*0.002386423777) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
