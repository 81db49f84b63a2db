// DiffQAS-QLSTM derived circuit, update gate
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
ry(pi*-0.136495314956) q[0];
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
ry(pi*-0.048115808331) q[0];
ry(pi*-0.02990675642) q[1];
ry(pi*0.281705934812) q[2];
ry(pi*-0.157340180802) q[3];
ry(pi*0.005226804041) q[4];
ry(pi*0.002664816685) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.084046008974) q[0];
ry(pi*0.060725305149) q[1];
ry(pi*-0.082438021175) q[2];
ry(pi*-0.184325423412) q[3];
ry(pi*0.005106260689) q[4];
ry(pi*0.003307105559) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.184668830145) q[0];
ry(pi*0.013745328818) q[1];
ry(pi*0.244503317359) q[2];
ry(pi*-0.016669043467) q[3];
ry(pi*-0.006385850976) q[4];
ry(pi*-0.002245903603) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.104424760595) q[0];
ry(pi*0.208164965481) q[1];
ry(pi*-0.512093926313) q[2];
ry(pi*-0.041316938425) q[3];
ry(pi*0.498111694281) q[4];
ry(pi*-0.533843790979) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.213265010816) q[0];
ry(pi*0.29927686207) q[1];
ry(pi*0.086018273529) q[2];
ry(pi*0.004006993324) q[3];
ry(pi*0.000872522723) q[4];
ry(pi*-0.001954545046) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
