// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.43428] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.43428, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rx(pi*-0.138235523653) q[0];
rx(0) q[1];
rx(0) q[2];
rx(0) q[3];
rx(0) q[4];
rx(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.097286055575) q[0];
ry(pi*0.004737115051) q[1];
ry(pi*-0.118594955639) q[2];
ry(pi*0.056764952768) q[3];
ry(pi*0.10653677841) q[4];
ry(pi*-0.000351087583) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.127566285791) q[0];
ry(pi*0.007820369757) q[1];
ry(pi*0.092898911235) q[2];
ry(pi*-0.036214789486) q[3];
ry(pi*4.8897829e-05) q[4];
ry(pi*-0.000226890569) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.10890863749) q[0];
ry(pi*-0.004022567578) q[1];
ry(pi*-0.086037085008) q[2];
ry(pi*-4.2337325e-05) q[3];
ry(pi*-0.043196217543) q[4];
ry(pi*-7.5576393e-05) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.072785313249) q[0];
ry(pi*0.082290640871) q[1];
ry(pi*0.000144064362) q[2];
ry(pi*-0.000167079723) q[3];
ry(pi*-0.000170815298) q[4];
ry(pi*-0.000129302259) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.17784605932) q[0];
ry(pi*3.1533124e-05) q[1];
ry(pi*-0.011653655718) q[2];
ry(pi*0.008734665283) q[3];
ry(pi*-0.027261334034) q[4];
ry(pi*-0.004055061669) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
