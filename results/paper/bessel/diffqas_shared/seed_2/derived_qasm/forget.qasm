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
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.23905330072) q[0];
ry(pi*-0.231747407847) q[1];
ry(pi*-0.092784164057) q[2];
ry(pi*0.071708828004) q[3];
ry(pi*-0.225664631099) q[4];
ry(pi*-0.096439908973) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.140684328138) q[0];
ry(pi*0.305702590205) q[1];
ry(pi*-0.035510034915) q[2];
ry(pi*0.28976347103) q[3];
ry(pi*-0.045119968782) q[4];
ry(pi*0.153958003934) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.042436278364) q[0];
ry(pi*-0.073454112091) q[1];
ry(pi*0.430600776432) q[2];
ry(pi*0.066072280796) q[3];
ry(pi*0.320529659719) q[4];
ry(pi*-0.120049283154) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.197211467) q[0];
ry(pi*0.129616442961) q[1];
ry(pi*-0.052759853162) q[2];
ry(pi*-0.057211566506) q[3];
ry(pi*0.007063009093) q[4];
ry(pi*-0.068134718077) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.048036663514) q[0];
ry(pi*-0.346895669789) q[1];
ry(pi*-0.011089654033) q[2];
ry(pi*-0.14907305264) q[3];
ry(pi*-0.120801400818) q[4];
ry(pi*-0.004790096449) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
