// DiffQAS-QLSTM derived circuit, input gate
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
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.117344556702) q[0];
ry(pi*-0.09654142266) q[1];
ry(pi*-0.014261956738) q[2];
ry(pi*-0.005784239969) q[3];
ry(pi*0.018414979743) q[4];
ry(pi*-0.003471133856) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.125020275859) q[0];
ry(pi*-0.044551763447) q[1];
ry(pi*0.02461076529) q[2];
ry(pi*-0.018274019342) q[3];
ry(pi*-0.005202005474) q[4];
ry(pi*0.002040087533) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.123886189352) q[0];
ry(pi*-0.100843901114) q[1];
ry(pi*0.008047424337) q[2];
ry(pi*-0.00226602524) q[3];
ry(pi*-0.008243796426) q[4];
ry(pi*-0.001426654874) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.129459614229) q[0];
ry(pi*-0.049315104172) q[1];
ry(pi*-0.006802084602) q[2];
ry(pi*0.011377089975) q[3];
ry(pi*-0.003031795278) q[4];
ry(pi*-0.000933576136) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.112540609554) q[0];
ry(pi*-0.110741860263) q[1];
ry(pi*-0.006759441573) q[2];
ry(pi*-0.007240662788) q[3];
ry(pi*-0.005504254389) q[4];
ry(pi*0.000929539165) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
