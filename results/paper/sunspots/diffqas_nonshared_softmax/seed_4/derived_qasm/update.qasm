// DiffQAS-QLSTM derived circuit, update gate
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
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.113481202494) q[0];
ry(pi*0.236999462836) q[1];
ry(pi*0.091020789454) q[2];
ry(pi*-0.258451626118) q[3];
ry(pi*-0.027215863473) q[4];
ry(pi*0.207546719525) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.173146661498) q[0];
ry(pi*-0.182165888351) q[1];
ry(pi*0.148277506356) q[2];
ry(pi*-0.085761467902) q[3];
ry(pi*0.008057912709) q[4];
ry(pi*-0.089860871551) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.028216308317) q[0];
ry(pi*0.092071547653) q[1];
ry(pi*-0.011930381544) q[2];
ry(pi*-0.065248778168) q[3];
ry(pi*0.069638128091) q[4];
ry(pi*0.171374891454) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.035060672501) q[0];
ry(pi*-0.188707881484) q[1];
ry(pi*-0.144093408362) q[2];
ry(pi*-0.15196478398) q[3];
ry(pi*-0.117889852443) q[4];
ry(pi*0.032534942065) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.076767028944) q[0];
ry(pi*-0.27018477172) q[1];
ry(pi*0.12310918893) q[2];
ry(pi*0.098797092633) q[3];
ry(pi*-0.180004152452) q[4];
ry(pi*-0.006335687031) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
