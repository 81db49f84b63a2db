// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [0.095378] (the last step of the first test window) and h = 0; encoding angles (identity) = [0.095378, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*0.030359911972) q[0];
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
ry(pi*-0.049811976719) q[0];
ry(pi*0.004194520258) q[1];
ry(pi*0.000760745521) q[2];
ry(pi*-0.000648995593) q[3];
ry(pi*0.059567199144) q[4];
ry(pi*0.001444843958) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.001160891516) q[0];
ry(pi*-0.000179099033) q[1];
ry(pi*-0.465997510842) q[2];
ry(pi*-0.00092151888) q[3];
ry(pi*0.004264856977) q[4];
ry(pi*-0.000205626195) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.020596978537) q[0];
ry(pi*0.231465112334) q[1];
ry(pi*0.257436963571) q[2];
ry(pi*0.002118879575) q[3];
ry(pi*0.148982287015) q[4];
ry(pi*0.000380754291) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.008666081172) q[0];
ry(pi*-0.487790936936) q[1];
ry(pi*-0.005949975814) q[2];
ry(pi*-0.001755145914) q[3];
ry(pi*-0.001136862309) q[4];
ry(pi*0.078621596058) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.016836300096) q[0];
ry(pi*0.043939493907) q[1];
ry(pi*-0.017139457331) q[2];
ry(pi*0.000122089391) q[3];
ry(pi*-0.019188186802) q[4];
ry(pi*0.000715515158) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
