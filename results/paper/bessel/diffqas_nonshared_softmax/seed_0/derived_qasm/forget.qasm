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
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.113803388209) q[0];
ry(pi*0.084403778077) q[1];
ry(pi*-0.428124073948) q[2];
ry(pi*-0.03205418924) q[3];
ry(pi*0.031021308112) q[4];
ry(pi*-0.012436918333) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.201740565439) q[0];
ry(pi*0.411298699784) q[1];
ry(pi*-0.387059990075) q[2];
ry(pi*-0.028695526721) q[3];
ry(pi*0.034428538493) q[4];
ry(pi*-0.006614027912) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.078427557024) q[0];
ry(pi*-0.244691014752) q[1];
ry(pi*0.402574612993) q[2];
ry(pi*0.037725449461) q[3];
ry(pi*0.052073063411) q[4];
ry(pi*0.00063134864) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.207146451467) q[0];
ry(pi*0.49864239998) q[1];
ry(pi*-0.258713867436) q[2];
ry(pi*0.193279592714) q[3];
ry(pi*-0.051632454549) q[4];
ry(pi*0.002180963445) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.291170376162) q[0];
ry(pi*0.014225125891) q[1];
ry(pi*0.443957742591) q[2];
ry(pi*0.323852394968) q[3];
ry(pi*0.431858024531) q[4];
ry(pi*-0.003635921953) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
