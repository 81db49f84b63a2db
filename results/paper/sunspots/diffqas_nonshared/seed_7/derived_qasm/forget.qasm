// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.43428] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.43428, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


ry(pi*-0.138235523653) q[0];
ry(0) q[1];
ry(0) q[2];
ry(0) q[3];
ry(0) q[4];
ry(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.002226700515) q[0];
rx(pi*-0.000423723562) q[1];
rx(pi*0.000963545666) q[2];
rx(pi*0.003662372928) q[3];
rx(pi*-3.8217214e-05) q[4];
rx(pi*-2.241068e-05) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.00168322586) q[0];
rx(pi*-0.001739077183) q[1];
rx(pi*0.002523966563) q[2];
rx(pi*-5.4072322e-05) q[3];
rx(pi*-0.000279541259) q[4];
rx(pi*0.001360984858) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.005924267148) q[0];
rx(pi*3.836838e-05) q[1];
rx(pi*-7.6092099e-05) q[2];
rx(pi*-7.869918e-05) q[3];
rx(pi*0.000277284151) q[4];
rx(pi*-3.8631212e-05) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.000713127778) q[0];
rx(pi*-2.2901227e-05) q[1];
rx(pi*5.9196307e-05) q[2];
rx(pi*-0.001617247686) q[3];
rx(pi*0.000625854176) q[4];
rx(pi*0.000115129709) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.000109737761) q[0];
rx(pi*-8.4545769e-05) q[1];
rx(pi*-0.000651992916) q[2];
rx(pi*-0.005435207224) q[3];
rx(pi*0.000203314595) q[4];
rx(pi*-0.006685907946) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
