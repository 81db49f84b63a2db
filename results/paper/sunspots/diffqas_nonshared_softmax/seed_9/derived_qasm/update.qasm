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
ry(pi*-0.186852707241) q[0];
ry(pi*-0.010228893673) q[1];
ry(pi*-0.18110320578) q[2];
ry(pi*-0.037995557355) q[3];
ry(pi*-0.065197333563) q[4];
ry(pi*-0.004615060697) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.097426529799) q[0];
ry(pi*0.079033537099) q[1];
ry(pi*-0.064047101248) q[2];
ry(pi*-0.007574157446) q[3];
ry(pi*0.24775342493) q[4];
ry(pi*0.007355114109) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.005675944119) q[0];
ry(pi*-0.031577133729) q[1];
ry(pi*-0.02132371778) q[2];
ry(pi*-0.013230363385) q[3];
ry(pi*-0.030532114786) q[4];
ry(pi*0.009040945906) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.052915970416) q[0];
ry(pi*0.019434869282) q[1];
ry(pi*-0.11131204825) q[2];
ry(pi*0.003923830435) q[3];
ry(pi*-0.010333599524) q[4];
ry(pi*-0.126217977989) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.009099033345) q[0];
ry(pi*0.07752435937) q[1];
ry(pi*-0.204300766986) q[2];
ry(pi*0.326347918418) q[3];
ry(pi*-0.155280698526) q[4];
ry(pi*0.002605607779) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
