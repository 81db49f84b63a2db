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
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.182074781217) q[0];
ry(pi*-0.034211374051) q[1];
ry(pi*0.000251738495) q[2];
ry(pi*0.001448585147) q[3];
ry(pi*-0.102752464668) q[4];
ry(pi*0.000720890448) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.298333859591) q[0];
ry(pi*0.432534440932) q[1];
ry(pi*-0.50130917145) q[2];
ry(pi*-0.323472750286) q[3];
ry(pi*-0.152670769408) q[4];
ry(pi*-0.001885627874) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.481925587877) q[0];
ry(pi*0.00418619478) q[1];
ry(pi*-0.469151502473) q[2];
ry(pi*0.30053039151) q[3];
ry(pi*-0.318287688069) q[4];
ry(pi*0.547144332186) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.018346942284) q[0];
ry(pi*0.017465134031) q[1];
ry(pi*0.49420361182) q[2];
ry(pi*0.395268739093) q[3];
ry(pi*0.394546560425) q[4];
ry(pi*0.455170105242) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.522954723949) q[0];
ry(pi*0.004991308961) q[1];
ry(pi*0.005942689093) q[2];
ry(pi*-0.502502747008) q[3];
ry(pi*0.009082949198) q[4];
ry(pi*-0.004614875417) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
