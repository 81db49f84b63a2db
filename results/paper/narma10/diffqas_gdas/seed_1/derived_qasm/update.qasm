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
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.000514282451) q[0];
rz(pi*0.003877174669) q[1];
rz(pi*0.000183319524) q[2];
rz(pi*-0.001584536593) q[3];
rz(pi*-0.004328389298) q[4];
rz(pi*-0.000280963252) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.001858436221) q[0];
rz(pi*-0.003510069195) q[1];
rz(pi*-0.000383336697) q[2];
rz(pi*0.003364487745) q[3];
rz(pi*0.000295289751) q[4];
rz(pi*-0.003339275928) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.001041717092) q[0];
rz(pi*-0.003495268377) q[1];
rz(pi*-0.005021881765) q[2];
rz(pi*0.001573259518) q[3];
rz(pi*-0.001751839024) q[4];
rz(pi*0.003544593964) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.000989991527) q[0];
rz(pi*-0.002566910192) q[1];
rz(pi*0.000698065492) q[2];
rz(pi*0.00412374272) q[3];
rz(pi*-0.000600681898) q[4];
rz(pi*-0.003377674101) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.002105512237) q[0];
rz(pi*-0.002588070438) q[1];
rz(pi*-0.003759217243) q[2];
rz(pi*-0.004114103674) q[3];
rz(pi*0.00134447412) q[4];
rz(pi*0.003531511365) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
