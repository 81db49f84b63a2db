// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.428813] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.428813, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.136495314956) q[0];
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
rz(pi*-0.001550825726) q[0];
rz(pi*0.175394400863) q[1];
rz(pi*-0.037302217264) q[2];
rz(pi*-0.114370066237) q[3];
rz(pi*0.028029732687) q[4];
rz(pi*0.008304381745) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.001830380863) q[0];
rz(pi*-0.152646417886) q[1];
rz(pi*0.05117226581) q[2];
rz(pi*0.020821668045) q[3];
rz(pi*0.009260506843) q[4];
rz(pi*0.027738330256) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.00879363199) q[0];
rz(pi*0.040281083319) q[1];
rz(pi*-0.099727193644) q[2];
rz(pi*-0.021114156666) q[3];
rz(pi*0.07704209584) q[4];
rz(pi*0.022814152805) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.049851767314) q[0];
rz(pi*0.032392580053) q[1];
rz(pi*0.036330404668) q[2];
rz(pi*-0.022369237129) q[3];
rz(pi*0.002991828889) q[4];
rz(pi*0.029899769706) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.025405768479) q[0];
rz(pi*0.133917119004) q[1];
rz(pi*-0.02821111927) q[2];
rz(pi*-0.05636478906) q[3];
rz(pi*-0.112536890895) q[4];
rz(pi*0.000700927931) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
