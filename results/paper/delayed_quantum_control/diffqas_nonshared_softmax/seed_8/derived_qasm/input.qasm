// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.995623] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.995623, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


ry(pi*-0.316916735344) q[0];
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
ry(pi*0.498482080262) q[0];
ry(pi*-0.000416870509) q[1];
ry(pi*-1.4514971e-05) q[2];
ry(pi*-0.008932741362) q[3];
ry(pi*0.503827386306) q[4];
ry(pi*0.028485002741) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-7.4005088e-05) q[0];
ry(pi*-0.266764345792) q[1];
ry(pi*0.000360927176) q[2];
ry(pi*0.173968276337) q[3];
ry(pi*-0.032172757055) q[4];
ry(pi*-0.000531660858) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.000489706962) q[0];
ry(pi*-3.163788e-06) q[1];
ry(pi*0.000663671309) q[2];
ry(pi*0.079506314256) q[3];
ry(pi*-0.256469125766) q[4];
ry(pi*-0.022525034218) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.809511060681) q[0];
ry(pi*-0.522713352653) q[1];
ry(pi*-0.000363430171) q[2];
ry(pi*0.002826777249) q[3];
ry(pi*0.00446914337) q[4];
ry(pi*0.001757425609) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.03452933833) q[0];
ry(pi*-0.000767319356) q[1];
ry(pi*0.000510282907) q[2];
ry(pi*-0.034986932545) q[3];
ry(pi*-0.243665537739) q[4];
ry(pi*3.1156279e-05) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
