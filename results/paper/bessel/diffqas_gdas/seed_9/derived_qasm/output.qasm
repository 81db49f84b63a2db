// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.082635] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.082635, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


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
ry(pi*0.06515087879) q[0];
ry(pi*0.036761116871) q[1];
ry(pi*-0.033891586017) q[2];
ry(pi*-0.21551204819) q[3];
ry(pi*0.118007284265) q[4];
ry(pi*0.057724565888) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.307597208789) q[0];
ry(pi*-0.192932676022) q[1];
ry(pi*-0.122181004167) q[2];
ry(pi*-0.435164594999) q[3];
ry(pi*-0.032546337572) q[4];
ry(pi*0.320428762646) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.261594063346) q[0];
ry(pi*-0.334534393429) q[1];
ry(pi*-0.305938231731) q[2];
ry(pi*0.033604170234) q[3];
ry(pi*0.023745411153) q[4];
ry(pi*-0.153734855962) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.029662098096) q[0];
ry(pi*0.385478687446) q[1];
ry(pi*0.113208649487) q[2];
ry(pi*0.322724616899) q[3];
ry(pi*-0.070860248147) q[4];
ry(pi*-0.72894199745) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.034905264353) q[0];
ry(pi*-0.112465268773) q[1];
ry(pi*0.048475569573) q[2];
ry(pi*0.15929192633) q[3];
ry(pi*0.062041890517) q[4];
ry(pi*-0.004768343601) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
