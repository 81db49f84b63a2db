// DiffQAS-QLSTM derived circuit, forget gate
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
ry(pi*-0.115225509485) q[0];
ry(pi*-0.209000980636) q[1];
ry(pi*-0.04890072039) q[2];
ry(pi*0.046428893902) q[3];
ry(pi*-0.00118116412) q[4];
ry(pi*0.015500141968) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.180939812477) q[0];
ry(pi*-0.361981888064) q[1];
ry(pi*-0.025371878408) q[2];
ry(pi*0.035067965151) q[3];
ry(pi*-0.047170856403) q[4];
ry(pi*-0.002772274474) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.035575720939) q[0];
ry(pi*0.185852558847) q[1];
ry(pi*0.411208085941) q[2];
ry(pi*0.209286178979) q[3];
ry(pi*0.032319608494) q[4];
ry(pi*-0.007698490012) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.180488602591) q[0];
ry(pi*-0.098150567797) q[1];
ry(pi*0.114017647448) q[2];
ry(pi*-0.275602231124) q[3];
ry(pi*0.476673627751) q[4];
ry(pi*-0.098620247652) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.077046910174) q[0];
ry(pi*-0.014569954395) q[1];
ry(pi*0.099971505716) q[2];
ry(pi*-0.002365685822) q[3];
ry(pi*0.020122894632) q[4];
ry(pi*-0.006742296138) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
