// DiffQAS-QLSTM derived circuit, input gate
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
rx(pi*-0.35922753839) q[0];
rx(pi*-0.117852675344) q[1];
rx(pi*0.008069694785) q[2];
rx(pi*0.024745640182) q[3];
rx(pi*-0.012990634417) q[4];
rx(pi*0.001030114442) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.319736712701) q[0];
rx(pi*-0.053440751874) q[1];
rx(pi*0.004859967743) q[2];
rx(pi*0.013849942177) q[3];
rx(pi*-0.010633108062) q[4];
rx(pi*-0.00333525163) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.24376960326) q[0];
rx(pi*-0.085304575679) q[1];
rx(pi*0.00027870027) q[2];
rx(pi*0.025477985872) q[3];
rx(pi*-0.011886138282) q[4];
rx(pi*-0.005944000584) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.337199495298) q[0];
rx(pi*-0.106026591738) q[1];
rx(pi*-0.005840471636) q[2];
rx(pi*0.023882107429) q[3];
rx(pi*-0.008169230563) q[4];
rx(pi*-0.002788628686) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.240650825048) q[0];
rx(pi*-0.116839805722) q[1];
rx(pi*0.003811010176) q[2];
rx(pi*0.027185402726) q[3];
rx(pi*-0.01174911947) q[4];
rx(pi*0.000425179498) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
