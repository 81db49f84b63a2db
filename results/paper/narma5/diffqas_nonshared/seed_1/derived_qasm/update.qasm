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
rz(pi*-0.000514225866) q[0];
rz(pi*0.003877119233) q[1];
rz(pi*0.000183284469) q[2];
rz(pi*-0.001584598996) q[3];
rz(pi*-0.004328368547) q[4];
rz(pi*-0.000280947818) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.001858407021) q[0];
rz(pi*-0.003510035697) q[1];
rz(pi*-0.000383287412) q[2];
rz(pi*0.003364470255) q[3];
rz(pi*0.000295304166) q[4];
rz(pi*-0.003339271481) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.001041767637) q[0];
rz(pi*-0.00349532411) q[1];
rz(pi*-0.005021859828) q[2];
rz(pi*0.001573272414) q[3];
rz(pi*-0.001751860961) q[4];
rz(pi*0.003544616494) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.00099006727) q[0];
rz(pi*-0.002566840526) q[1];
rz(pi*0.000698073274) q[2];
rz(pi*0.004123720486) q[3];
rz(pi*-0.000600696795) q[4];
rz(pi*-0.003377680623) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.002105458728) q[0];
rz(pi*-0.002588061841) q[1];
rz(pi*-0.00375919916) q[2];
rz(pi*-0.004114108121) q[3];
rz(pi*0.001344481383) q[4];
rz(pi*0.003531506325) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
