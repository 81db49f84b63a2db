// DiffQAS-QLSTM derived circuit, input gate
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
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.149301901923) q[0];
ry(pi*0.498517938755) q[1];
ry(pi*-0.464395414081) q[2];
ry(pi*-0.506981339992) q[3];
ry(pi*-0.443289901873) q[4];
ry(pi*-0.055847852834) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.001582023742) q[0];
ry(pi*0.38052661057) q[1];
ry(pi*0.001159108226) q[2];
ry(pi*-0.004109339736) q[3];
ry(pi*-0.078346178166) q[4];
ry(pi*-0.249528344449) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.000919375182) q[0];
ry(pi*0.027610247608) q[1];
ry(pi*-0.011203620957) q[2];
ry(pi*0.009268007601) q[3];
ry(pi*-0.323982358289) q[4];
ry(pi*-0.267362935982) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.003123747293) q[0];
ry(pi*0.003499279335) q[1];
ry(pi*0.008554537423) q[2];
ry(pi*0.026850246767) q[3];
ry(pi*0.000711554448) q[4];
ry(pi*0.026695950896) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.002086078659) q[0];
ry(pi*0.007763460408) q[1];
ry(pi*-0.034745286144) q[2];
ry(pi*-0.109414583753) q[3];
ry(pi*-0.321316725184) q[4];
ry(pi*0.003812364653) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
