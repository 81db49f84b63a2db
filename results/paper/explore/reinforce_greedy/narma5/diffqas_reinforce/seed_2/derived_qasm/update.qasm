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
ry(pi*0.003235087084) q[0];
ry(pi*-0.015642383029) q[1];
ry(pi*0.024265193292) q[2];
ry(pi*0.001645578148) q[3];
ry(pi*-0.008227197643) q[4];
ry(pi*-0.050046588973) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.035767525932) q[0];
ry(pi*0.141165979797) q[1];
ry(pi*0.023565955048) q[2];
ry(pi*0.501132231605) q[3];
ry(pi*0.009873503278) q[4];
ry(pi*0.038794834155) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.024992681958) q[0];
ry(pi*-0.133794583513) q[1];
ry(pi*0.022896850269) q[2];
ry(pi*-0.087040686443) q[3];
ry(pi*-0.004635913526) q[4];
ry(pi*0.152017499759) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.003568463755) q[0];
ry(pi*0.00876391711) q[1];
ry(pi*0.012885907222) q[2];
ry(pi*0.004763836684) q[3];
ry(pi*0.484594408404) q[4];
ry(pi*0.032822051913) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.050439599955) q[0];
ry(pi*0.018641047147) q[1];
ry(pi*-0.033960848405) q[2];
ry(pi*0.139396021651) q[3];
ry(pi*-0.000249430304) q[4];
ry(pi*0.000158118601) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
