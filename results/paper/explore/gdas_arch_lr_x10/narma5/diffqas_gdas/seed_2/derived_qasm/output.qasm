// DiffQAS-QLSTM derived circuit, output gate
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
rz(pi*0.030359911972) q[0];
rz(0) q[1];
rz(0) q[2];
rz(0) q[3];
rz(0) q[4];
rz(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.001617055587) q[0];
ry(pi*-0.003252919392) q[1];
ry(pi*0.008463350248) q[2];
ry(pi*-0.003899743642) q[3];
ry(pi*0.001544606964) q[4];
ry(pi*0.013464398157) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.003345394046) q[0];
ry(pi*-0.00658208492) q[1];
ry(pi*0.001657511414) q[2];
ry(pi*-0.002755044847) q[3];
ry(pi*-0.010332136251) q[4];
ry(pi*0.000837070143) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.002707993026) q[0];
ry(pi*-0.005436169498) q[1];
ry(pi*0.000751271153) q[2];
ry(pi*-0.00877927377) q[3];
ry(pi*-0.003235051806) q[4];
ry(pi*0.000134787578) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.001178615842) q[0];
ry(pi*0.01077057392) q[1];
ry(pi*0.000459613886) q[2];
ry(pi*-0.004778808554) q[3];
ry(pi*-0.000901920032) q[4];
ry(pi*0.001358024961) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.256659669071) q[0];
ry(pi*-0.066123981533) q[1];
ry(pi*-0.043985189769) q[2];
ry(pi*-0.021907046765) q[3];
ry(pi*0.058544881093) q[4];
ry(pi*-0.005067362998) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
