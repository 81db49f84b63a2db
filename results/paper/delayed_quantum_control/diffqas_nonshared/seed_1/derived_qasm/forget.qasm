// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.995623] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.995623, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.316916735344) q[0];
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
rz(pi*0.001006822874) q[0];
rz(pi*-0.0052302138) q[1];
rz(pi*0.000490844289) q[2];
rz(pi*-0.001326992957) q[3];
rz(pi*0.005723957621) q[4];
rz(pi*0.001693543033) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.002460749961) q[0];
rz(pi*0.001436650992) q[1];
rz(pi*0.004921695874) q[2];
rz(pi*-0.003228497908) q[3];
rz(pi*-0.000392674623) q[4];
rz(pi*-0.000835925182) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.001443762511) q[0];
rz(pi*0.001003765519) q[1];
rz(pi*-0.005017076916) q[2];
rz(pi*0.000490043728) q[3];
rz(pi*-0.00091010366) q[4];
rz(pi*0.003186590073) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.001133674146) q[0];
rz(pi*-0.001091004881) q[1];
rz(pi*0.002731167348) q[2];
rz(pi*0.002670595961) q[3];
rz(pi*-0.001942058013) q[4];
rz(pi*0.000660595204) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.001026210873) q[0];
rz(pi*0.004676639715) q[1];
rz(pi*0.001436868882) q[2];
rz(pi*-0.001037009034) q[3];
rz(pi*-3.9302371e-05) q[4];
rz(pi*0.001809412123) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
