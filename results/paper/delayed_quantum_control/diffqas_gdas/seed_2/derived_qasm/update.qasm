// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.995623] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.995623, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rx(pi*-0.316916735344) q[0];
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
ry(pi*-0.000467131282) q[0];
ry(pi*-0.003021745947) q[1];
ry(pi*-0.000226482321) q[2];
ry(pi*-0.001147301619) q[3];
ry(pi*-0.002708375445) q[4];
ry(pi*-0.029348597156) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.007093839808) q[0];
ry(pi*0.501493169157) q[1];
ry(pi*0.490081820329) q[2];
ry(pi*-0.002292299234) q[3];
ry(pi*-0.000147345536) q[4];
ry(pi*-0.005612838981) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.000791741358) q[0];
ry(pi*-0.491531983326) q[1];
ry(pi*-0.002295911023) q[2];
ry(pi*-0.002804279424) q[3];
ry(pi*0.003453152435) q[4];
ry(pi*0.165498215665) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.243090094301) q[0];
ry(pi*-0.059708323184) q[1];
ry(pi*0.00181830634) q[2];
ry(pi*-0.006408951483) q[3];
ry(pi*0.500532540996) q[4];
ry(pi*0.139330091353) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.478524001888) q[0];
ry(pi*0.000139520649) q[1];
ry(pi*-0.000378162139) q[2];
ry(pi*0.002741499491) q[3];
ry(pi*-0.500141019375) q[4];
ry(pi*0.002489200782) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
