// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.428813] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.428813, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rx(pi*-0.136495314956) q[0];
rx(0) q[1];
rx(0) q[2];
rx(0) q[3];
rx(0) q[4];
rx(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.487876428137) q[0];
rz(pi*0.653186092635) q[1];
rz(pi*0.500523358186) q[2];
rz(pi*0.077460568249) q[3];
rz(pi*0.143229408405) q[4];
rz(pi*0.221404452386) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.504988176956) q[0];
rz(pi*0.017713112587) q[1];
rz(pi*1.256594449619) q[2];
rz(pi*1.27629081791) q[3];
rz(pi*0.634499795486) q[4];
rz(pi*1.268225806429) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*1.031709181049) q[0];
rz(pi*0.559303814401) q[1];
rz(pi*1.595288124689) q[2];
rz(pi*0.462101305321) q[3];
rz(pi*0.462408170542) q[4];
rz(pi*1.854921980661) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*1.976142356666) q[0];
rz(pi*0.157995262348) q[1];
rz(pi*0.866950295416) q[2];
rz(pi*1.141126155368) q[3];
rz(pi*1.272035534166) q[4];
rz(pi*0.808182133542) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*1.417457319458) q[0];
rz(pi*0.40612354134) q[1];
rz(pi*0.095665280144) q[2];
rz(pi*1.801775368037) q[3];
rz(pi*1.840931931857) q[4];
rz(pi*0.986534461661) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
