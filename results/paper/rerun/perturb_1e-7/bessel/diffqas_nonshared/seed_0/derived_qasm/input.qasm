// DiffQAS-QLSTM derived circuit, input gate
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
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.01359838133) q[0];
ry(pi*-0.020770529375) q[1];
ry(pi*0.049888835319) q[2];
ry(pi*-0.078808539284) q[3];
ry(pi*-0.102584906847) q[4];
ry(pi*-0.385143704613) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.051430764754) q[0];
ry(pi*-0.256832226211) q[1];
ry(pi*-0.09934956956) q[2];
ry(pi*-0.209464845344) q[3];
ry(pi*-0.265052966005) q[4];
ry(pi*-0.156907611641) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.235360976345) q[0];
ry(pi*0.18232400723) q[1];
ry(pi*-0.055465238917) q[2];
ry(pi*-0.100565172477) q[3];
ry(pi*0.05816725701) q[4];
ry(pi*-0.107063755963) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.177549135818) q[0];
ry(pi*-0.124552701979) q[1];
ry(pi*0.037226174491) q[2];
ry(pi*-0.099413754365) q[3];
ry(pi*0.129650963876) q[4];
ry(pi*-0.000987251892) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.129478292899) q[0];
ry(pi*-0.255110164766) q[1];
ry(pi*-0.346905421781) q[2];
ry(pi*-0.345481858576) q[3];
ry(pi*0.050153680648) q[4];
ry(pi*-0.003388620784) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
