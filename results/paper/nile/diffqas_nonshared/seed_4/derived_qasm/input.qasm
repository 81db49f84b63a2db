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
ry(pi*-0.063383369021) q[0];
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
ry(pi*0.022728118509) q[0];
ry(pi*-0.505206780955) q[1];
ry(pi*0.024913854935) q[2];
ry(pi*-0.00613862718) q[3];
ry(pi*0.117667634136) q[4];
ry(pi*-0.01969006341) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.001501876186) q[0];
ry(pi*-0.016299968978) q[1];
ry(pi*0.219172156838) q[2];
ry(pi*0.053560830395) q[3];
ry(pi*0.239481648444) q[4];
ry(pi*-0.056243150032) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.010104520197) q[0];
ry(pi*-0.047379883908) q[1];
ry(pi*0.238701470086) q[2];
ry(pi*0.29160544024) q[3];
ry(pi*-0.147439366254) q[4];
ry(pi*-0.06747880173) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.025327012603) q[0];
ry(pi*0.019468868446) q[1];
ry(pi*-0.019473726655) q[2];
ry(pi*-0.354518122957) q[3];
ry(pi*-0.174155992702) q[4];
ry(pi*-0.007213755874) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.005904103268) q[0];
ry(pi*-0.001646214773) q[1];
ry(pi*0.030078853472) q[2];
ry(pi*-0.00281740145) q[3];
ry(pi*-0.011732489856) q[4];
ry(pi*-0.002949688637) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
