// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.43428] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.43428, 0.0, 0.0, 0.0, 0.0, 0.0]
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
rz(pi*-0.138235523653) q[0];
rz(0) q[1];
rz(0) q[2];
rz(0) q[3];
rz(0) q[4];
rz(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.065896934661) q[0];
rx(pi*-0.007098849206) q[1];
rx(pi*-0.084788222864) q[2];
rx(pi*0.059448178354) q[3];
rx(pi*-0.014571966692) q[4];
rx(pi*-0.020769006812) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.123269859643) q[0];
rx(pi*-0.00318256874) q[1];
rx(pi*-0.075350959974) q[2];
rx(pi*-0.050604843102) q[3];
rx(pi*0.099836571534) q[4];
rx(pi*-0.015072231802) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.174297776046) q[0];
rx(pi*0.149134315642) q[1];
rx(pi*-0.090922956481) q[2];
rx(pi*-0.138746138638) q[3];
rx(pi*-0.056489264515) q[4];
rx(pi*-0.321095237327) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.062536856302) q[0];
rx(pi*0.014105777822) q[1];
rx(pi*-0.111105444514) q[2];
rx(pi*-0.007387643478) q[3];
rx(pi*-0.065814441155) q[4];
rx(pi*0.021347345965) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.009218487543) q[0];
rx(pi*-0.004560355448) q[1];
rx(pi*-0.011721567483) q[2];
rx(pi*0.055024046642) q[3];
rx(pi*0.003884089643) q[4];
rx(pi*0.000442023444) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
