// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.43428] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.43428, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


ry(pi*-0.138235523653) q[0];
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
ry(pi*0.487117100829) q[0];
ry(pi*0.166360413211) q[1];
ry(pi*-0.014261475304) q[2];
ry(pi*0.570192653758) q[3];
ry(pi*0.493530041331) q[4];
ry(pi*0.34289465881) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.005553136487) q[0];
ry(pi*0.515068511642) q[1];
ry(pi*-0.098700170352) q[2];
ry(pi*-0.068071979944) q[3];
ry(pi*-0.006908339696) q[4];
ry(pi*0.026741632529) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.315662372052) q[0];
ry(pi*-0.155254610998) q[1];
ry(pi*-0.205924265006) q[2];
ry(pi*-0.027767351445) q[3];
ry(pi*1.969534e-06) q[4];
ry(pi*-0.015627609188) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.379877021635) q[0];
ry(pi*0.520815394864) q[1];
ry(pi*0.021167249529) q[2];
ry(pi*-0.004837876646) q[3];
ry(pi*-0.038444620949) q[4];
ry(pi*2.9367442e-05) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.501241628468) q[0];
ry(pi*-0.613458069655) q[1];
ry(pi*-0.010857330366) q[2];
ry(pi*-0.098270437617) q[3];
ry(pi*0.500918332848) q[4];
ry(pi*0.007870058198) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
